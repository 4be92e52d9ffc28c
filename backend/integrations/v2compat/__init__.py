"""A Loonflow 2.x-compatible ticket API (`/api/v1.0/...`), switched on per tenant: 2.x clients keep
their app-token headers, request and response shapes while every call runs through our services."""
