from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.channel_test_in import ChannelTestIn
from ...models.channel_test_out import ChannelTestOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    channel_id: int,
    *,
    body: ChannelTestIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/notification-channels/{channel_id}/test".format(channel_id=quote(str(channel_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChannelTestOut | ErrorOut | None:
    if response.status_code == 202:
        response_202 = ChannelTestOut.from_dict(response.json())



        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChannelTestOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    channel_id: int,
    *,
    client: AuthenticatedClient,
    body: ChannelTestIn,

) -> Response[ChannelTestOut | ErrorOut]:
    """ Queue a test message (to you, or to the given users); poll its status_url

    Args:
        channel_id (int):
        body (ChannelTestIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelTestOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        channel_id=channel_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    channel_id: int,
    *,
    client: AuthenticatedClient,
    body: ChannelTestIn,

) -> ChannelTestOut | ErrorOut | None:
    """ Queue a test message (to you, or to the given users); poll its status_url

    Args:
        channel_id (int):
        body (ChannelTestIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelTestOut | ErrorOut
     """


    return sync_detailed(
        channel_id=channel_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    channel_id: int,
    *,
    client: AuthenticatedClient,
    body: ChannelTestIn,

) -> Response[ChannelTestOut | ErrorOut]:
    """ Queue a test message (to you, or to the given users); poll its status_url

    Args:
        channel_id (int):
        body (ChannelTestIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelTestOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        channel_id=channel_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    channel_id: int,
    *,
    client: AuthenticatedClient,
    body: ChannelTestIn,

) -> ChannelTestOut | ErrorOut | None:
    """ Queue a test message (to you, or to the given users); poll its status_url

    Args:
        channel_id (int):
        body (ChannelTestIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelTestOut | ErrorOut
     """


    return (await asyncio_detailed(
        channel_id=channel_id,
client=client,
body=body,

    )).parsed
