from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.diff_out import DiffOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    workflow_id: int,
    *,
    from_: int,
    to: int,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/{workflow_id}/diff".format(workflow_id=quote(str(workflow_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DiffOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DiffOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DiffOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,

) -> Response[DiffOut | ErrorOut]:
    """ What changed between two versions

    Args:
        workflow_id (int):
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
from_=from_,
to=to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,

) -> DiffOut | ErrorOut | None:
    """ What changed between two versions

    Args:
        workflow_id (int):
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffOut | ErrorOut
     """


    return sync_detailed(
        workflow_id=workflow_id,
client=client,
from_=from_,
to=to,

    ).parsed

async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,

) -> Response[DiffOut | ErrorOut]:
    """ What changed between two versions

    Args:
        workflow_id (int):
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
from_=from_,
to=to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,

) -> DiffOut | ErrorOut | None:
    """ What changed between two versions

    Args:
        workflow_id (int):
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffOut | ErrorOut
     """


    return (await asyncio_detailed(
        workflow_id=workflow_id,
client=client,
from_=from_,
to=to,

    )).parsed
