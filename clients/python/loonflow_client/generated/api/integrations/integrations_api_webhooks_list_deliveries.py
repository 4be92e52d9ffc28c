from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delivery_page_out import DeliveryPageOut
from ...models.error_out import ErrorOut
from ...models.integrations_api_webhooks_list_deliveries_status_type_0 import IntegrationsApiWebhooksListDeliveriesStatusType0
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    ticket_serial: None | str | Unset = UNSET,
    workflow_key: None | str | Unset = UNSET,
    webhook_id: int | None | Unset = UNSET,
    status: IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset = UNSET,
    ticket_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_ticket_serial: None | str | Unset
    if isinstance(ticket_serial, Unset):
        json_ticket_serial = UNSET
    else:
        json_ticket_serial = ticket_serial
    params["ticket_serial"] = json_ticket_serial

    json_workflow_key: None | str | Unset
    if isinstance(workflow_key, Unset):
        json_workflow_key = UNSET
    else:
        json_workflow_key = workflow_key
    params["workflow_key"] = json_workflow_key

    json_webhook_id: int | None | Unset
    if isinstance(webhook_id, Unset):
        json_webhook_id = UNSET
    else:
        json_webhook_id = webhook_id
    params["webhook_id"] = json_webhook_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, IntegrationsApiWebhooksListDeliveriesStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_ticket_id: int | None | Unset
    if isinstance(ticket_id, Unset):
        json_ticket_id = UNSET
    else:
        json_ticket_id = ticket_id
    params["ticket_id"] = json_ticket_id

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks/deliveries",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeliveryPageOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DeliveryPageOut.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = ErrorOut.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeliveryPageOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticket_serial: None | str | Unset = UNSET,
    workflow_key: None | str | Unset = UNSET,
    webhook_id: int | None | Unset = UNSET,
    status: IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset = UNSET,
    ticket_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[DeliveryPageOut | ErrorOut]:
    """ List webhook deliveries (newest first)

    Args:
        ticket_serial (None | str | Unset): Only this ticket (its serial).
        workflow_key (None | str | Unset): Only this workflow's tickets.
        webhook_id (int | None | Unset):
        status (IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset):
        ticket_id (int | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPageOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        ticket_serial=ticket_serial,
workflow_key=workflow_key,
webhook_id=webhook_id,
status=status,
ticket_id=ticket_id,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    ticket_serial: None | str | Unset = UNSET,
    workflow_key: None | str | Unset = UNSET,
    webhook_id: int | None | Unset = UNSET,
    status: IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset = UNSET,
    ticket_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> DeliveryPageOut | ErrorOut | None:
    """ List webhook deliveries (newest first)

    Args:
        ticket_serial (None | str | Unset): Only this ticket (its serial).
        workflow_key (None | str | Unset): Only this workflow's tickets.
        webhook_id (int | None | Unset):
        status (IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset):
        ticket_id (int | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPageOut | ErrorOut
     """


    return sync_detailed(
        client=client,
ticket_serial=ticket_serial,
workflow_key=workflow_key,
webhook_id=webhook_id,
status=status,
ticket_id=ticket_id,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticket_serial: None | str | Unset = UNSET,
    workflow_key: None | str | Unset = UNSET,
    webhook_id: int | None | Unset = UNSET,
    status: IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset = UNSET,
    ticket_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[DeliveryPageOut | ErrorOut]:
    """ List webhook deliveries (newest first)

    Args:
        ticket_serial (None | str | Unset): Only this ticket (its serial).
        workflow_key (None | str | Unset): Only this workflow's tickets.
        webhook_id (int | None | Unset):
        status (IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset):
        ticket_id (int | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPageOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        ticket_serial=ticket_serial,
workflow_key=workflow_key,
webhook_id=webhook_id,
status=status,
ticket_id=ticket_id,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    ticket_serial: None | str | Unset = UNSET,
    workflow_key: None | str | Unset = UNSET,
    webhook_id: int | None | Unset = UNSET,
    status: IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset = UNSET,
    ticket_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> DeliveryPageOut | ErrorOut | None:
    """ List webhook deliveries (newest first)

    Args:
        ticket_serial (None | str | Unset): Only this ticket (its serial).
        workflow_key (None | str | Unset): Only this workflow's tickets.
        webhook_id (int | None | Unset):
        status (IntegrationsApiWebhooksListDeliveriesStatusType0 | None | Unset):
        ticket_id (int | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPageOut | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
ticket_serial=ticket_serial,
workflow_key=workflow_key,
webhook_id=webhook_id,
status=status,
ticket_id=ticket_id,
cursor=cursor,
limit=limit,

    )).parsed
