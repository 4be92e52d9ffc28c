from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.user_page_out import UserPageOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    q: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    role_id: int | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_department_id: int | None | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

    json_role_id: int | None | Unset
    if isinstance(role_id, Unset):
        json_role_id = UNSET
    else:
        json_role_id = role_id
    params["role_id"] = json_role_id

    json_is_active: bool | None | Unset
    if isinstance(is_active, Unset):
        json_is_active = UNSET
    else:
        json_is_active = is_active
    params["is_active"] = json_is_active


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | UserPageOut | None:
    if response.status_code == 200:
        response_200 = UserPageOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | UserPageOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    q: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    role_id: int | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,

) -> Response[ErrorOut | UserPageOut]:
    """ List users (cursor paginated)

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        q (None | str | Unset):
        department_id (int | None | Unset):
        role_id (int | None | Unset):
        is_active (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | UserPageOut]
     """


    kwargs = _get_kwargs(
        cursor=cursor,
limit=limit,
q=q,
department_id=department_id,
role_id=role_id,
is_active=is_active,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    q: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    role_id: int | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,

) -> ErrorOut | UserPageOut | None:
    """ List users (cursor paginated)

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        q (None | str | Unset):
        department_id (int | None | Unset):
        role_id (int | None | Unset):
        is_active (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | UserPageOut
     """


    return sync_detailed(
        client=client,
cursor=cursor,
limit=limit,
q=q,
department_id=department_id,
role_id=role_id,
is_active=is_active,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    q: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    role_id: int | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,

) -> Response[ErrorOut | UserPageOut]:
    """ List users (cursor paginated)

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        q (None | str | Unset):
        department_id (int | None | Unset):
        role_id (int | None | Unset):
        is_active (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | UserPageOut]
     """


    kwargs = _get_kwargs(
        cursor=cursor,
limit=limit,
q=q,
department_id=department_id,
role_id=role_id,
is_active=is_active,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    q: None | str | Unset = UNSET,
    department_id: int | None | Unset = UNSET,
    role_id: int | None | Unset = UNSET,
    is_active: bool | None | Unset = UNSET,

) -> ErrorOut | UserPageOut | None:
    """ List users (cursor paginated)

    Args:
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        q (None | str | Unset):
        department_id (int | None | Unset):
        role_id (int | None | Unset):
        is_active (bool | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | UserPageOut
     """


    return (await asyncio_detailed(
        client=client,
cursor=cursor,
limit=limit,
q=q,
department_id=department_id,
role_id=role_id,
is_active=is_active,

    )).parsed
