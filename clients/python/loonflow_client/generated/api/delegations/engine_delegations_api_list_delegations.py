from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delegation_page_out import DelegationPageOut
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    scope: str | Unset = 'mine',
    delegator: None | str | Unset = UNSET,
    delegate: None | str | Unset = UNSET,
    include_past: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["scope"] = scope

    json_delegator: None | str | Unset
    if isinstance(delegator, Unset):
        json_delegator = UNSET
    else:
        json_delegator = delegator
    params["delegator"] = json_delegator

    json_delegate: None | str | Unset
    if isinstance(delegate, Unset):
        json_delegate = UNSET
    else:
        json_delegate = delegate
    params["delegate"] = json_delegate

    params["include_past"] = include_past

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
        "url": "/api/v1/delegations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DelegationPageOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DelegationPageOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DelegationPageOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scope: str | Unset = 'mine',
    delegator: None | str | Unset = UNSET,
    delegate: None | str | Unset = UNSET,
    include_past: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[DelegationPageOut | ErrorOut]:
    """ Delegations: yours, or everyone's (admins)

    Args:
        scope (str | Unset): mine: given or received; all: everyone's (admins). Default: 'mine'.
        delegator (None | str | Unset): Only those of this person (with scope=all).
        delegate (None | str | Unset): Only those to this person (with scope=all).
        include_past (bool | Unset): Also the ended and cancelled ones. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationPageOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        scope=scope,
delegator=delegator,
delegate=delegate,
include_past=include_past,
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
    scope: str | Unset = 'mine',
    delegator: None | str | Unset = UNSET,
    delegate: None | str | Unset = UNSET,
    include_past: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> DelegationPageOut | ErrorOut | None:
    """ Delegations: yours, or everyone's (admins)

    Args:
        scope (str | Unset): mine: given or received; all: everyone's (admins). Default: 'mine'.
        delegator (None | str | Unset): Only those of this person (with scope=all).
        delegate (None | str | Unset): Only those to this person (with scope=all).
        include_past (bool | Unset): Also the ended and cancelled ones. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationPageOut | ErrorOut
     """


    return sync_detailed(
        client=client,
scope=scope,
delegator=delegator,
delegate=delegate,
include_past=include_past,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: str | Unset = 'mine',
    delegator: None | str | Unset = UNSET,
    delegate: None | str | Unset = UNSET,
    include_past: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[DelegationPageOut | ErrorOut]:
    """ Delegations: yours, or everyone's (admins)

    Args:
        scope (str | Unset): mine: given or received; all: everyone's (admins). Default: 'mine'.
        delegator (None | str | Unset): Only those of this person (with scope=all).
        delegate (None | str | Unset): Only those to this person (with scope=all).
        include_past (bool | Unset): Also the ended and cancelled ones. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelegationPageOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        scope=scope,
delegator=delegator,
delegate=delegate,
include_past=include_past,
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
    scope: str | Unset = 'mine',
    delegator: None | str | Unset = UNSET,
    delegate: None | str | Unset = UNSET,
    include_past: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> DelegationPageOut | ErrorOut | None:
    """ Delegations: yours, or everyone's (admins)

    Args:
        scope (str | Unset): mine: given or received; all: everyone's (admins). Default: 'mine'.
        delegator (None | str | Unset): Only those of this person (with scope=all).
        delegate (None | str | Unset): Only those to this person (with scope=all).
        include_past (bool | Unset): Also the ended and cancelled ones. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelegationPageOut | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
scope=scope,
delegator=delegator,
delegate=delegate,
include_past=include_past,
cursor=cursor,
limit=limit,

    )).parsed
