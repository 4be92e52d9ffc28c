"""Agent tools: an MCP server (streamable HTTP) that lets an AI agent work in Loonflow as the person
who connects it.

It is a client of the public tenant API, through the Python client (`clients/python`), and nothing
else: no Django, no database, no credentials of its own. Every MCP request carries the person's
bearer token; every API call made for it forwards that token (see docs/agent-tools.md).
"""
