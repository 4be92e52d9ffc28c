from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.consult_reply_in import ConsultReplyIn
from ...models.error_out import ErrorOut
from ...models.ticket_state_out import TicketStateOut
from typing import cast



def _get_kwargs(
    ticket_id: int,
    *,
    body: ConsultReplyIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/consult-reply".format(ticket_id=quote(str(ticket_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | TicketStateOut | None:
    if response.status_code == 200:
        response_200 = TicketStateOut.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = ErrorOut.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = ErrorOut.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = ErrorOut.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | TicketStateOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsultReplyIn,

) -> Response[ErrorOut | TicketStateOut]:
    """ Answer a consultation

    Args:
        ticket_id (int):
        body (ConsultReplyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | TicketStateOut]
     """


    kwargs = _get_kwargs(
        ticket_id=ticket_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsultReplyIn,

) -> ErrorOut | TicketStateOut | None:
    """ Answer a consultation

    Args:
        ticket_id (int):
        body (ConsultReplyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | TicketStateOut
     """


    return sync_detailed(
        ticket_id=ticket_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsultReplyIn,

) -> Response[ErrorOut | TicketStateOut]:
    """ Answer a consultation

    Args:
        ticket_id (int):
        body (ConsultReplyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | TicketStateOut]
     """


    kwargs = _get_kwargs(
        ticket_id=ticket_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient,
    body: ConsultReplyIn,

) -> ErrorOut | TicketStateOut | None:
    """ Answer a consultation

    Args:
        ticket_id (int):
        body (ConsultReplyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | TicketStateOut
     """


    return (await asyncio_detailed(
        ticket_id=ticket_id,
client=client,
body=body,

    )).parsed
