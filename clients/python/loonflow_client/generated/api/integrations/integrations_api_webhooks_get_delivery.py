from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delivery_detail_out import DeliveryDetailOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    delivery_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks/deliveries/{delivery_id}".format(delivery_id=quote(str(delivery_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeliveryDetailOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DeliveryDetailOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeliveryDetailOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DeliveryDetailOut | ErrorOut]:
    """ Get a delivery with its payload and attempts

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryDetailOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        delivery_id=delivery_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> DeliveryDetailOut | ErrorOut | None:
    """ Get a delivery with its payload and attempts

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryDetailOut | ErrorOut
     """


    return sync_detailed(
        delivery_id=delivery_id,
client=client,

    ).parsed

async def asyncio_detailed(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DeliveryDetailOut | ErrorOut]:
    """ Get a delivery with its payload and attempts

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryDetailOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        delivery_id=delivery_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    delivery_id: int,
    *,
    client: AuthenticatedClient,

) -> DeliveryDetailOut | ErrorOut | None:
    """ Get a delivery with its payload and attempts

    Args:
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryDetailOut | ErrorOut
     """


    return (await asyncio_detailed(
        delivery_id=delivery_id,
client=client,

    )).parsed
