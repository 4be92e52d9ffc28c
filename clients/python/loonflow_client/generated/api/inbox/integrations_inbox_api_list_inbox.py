from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.inbox_page_out import InboxPageOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    unread: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["unread"] = unread

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
        "url": "/api/v1/inbox",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | InboxPageOut | None:
    if response.status_code == 200:
        response_200 = InboxPageOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | InboxPageOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[ErrorOut | InboxPageOut]:
    """ My notifications, newest first

    Args:
        unread (bool | Unset): Only the unread notifications Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | InboxPageOut]
     """


    kwargs = _get_kwargs(
        unread=unread,
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
    unread: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> ErrorOut | InboxPageOut | None:
    """ My notifications, newest first

    Args:
        unread (bool | Unset): Only the unread notifications Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | InboxPageOut
     """


    return sync_detailed(
        client=client,
unread=unread,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[ErrorOut | InboxPageOut]:
    """ My notifications, newest first

    Args:
        unread (bool | Unset): Only the unread notifications Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | InboxPageOut]
     """


    kwargs = _get_kwargs(
        unread=unread,
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
    unread: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> ErrorOut | InboxPageOut | None:
    """ My notifications, newest first

    Args:
        unread (bool | Unset): Only the unread notifications Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | InboxPageOut
     """


    return (await asyncio_detailed(
        client=client,
unread=unread,
cursor=cursor,
limit=limit,

    )).parsed
