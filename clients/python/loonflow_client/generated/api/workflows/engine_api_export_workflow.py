from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.engine_api_export_workflow_format import EngineApiExportWorkflowFormat
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    workflow_id: int,
    *,
    format_: EngineApiExportWorkflowFormat | Unset = EngineApiExportWorkflowFormat.JSON,
    version: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workflows/{workflow_id}/export".format(workflow_id=quote(str(workflow_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorOut | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorOut]:
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
    format_: EngineApiExportWorkflowFormat | Unset = EngineApiExportWorkflowFormat.JSON,
    version: int | None | Unset = UNSET,

) -> Response[Any | ErrorOut]:
    """ Export a version as JSON or YAML (default: the draft)

    Args:
        workflow_id (int):
        format_ (EngineApiExportWorkflowFormat | Unset):  Default:
            EngineApiExportWorkflowFormat.JSON.
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
format_=format_,
version=version,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    format_: EngineApiExportWorkflowFormat | Unset = EngineApiExportWorkflowFormat.JSON,
    version: int | None | Unset = UNSET,

) -> Any | ErrorOut | None:
    """ Export a version as JSON or YAML (default: the draft)

    Args:
        workflow_id (int):
        format_ (EngineApiExportWorkflowFormat | Unset):  Default:
            EngineApiExportWorkflowFormat.JSON.
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return sync_detailed(
        workflow_id=workflow_id,
client=client,
format_=format_,
version=version,

    ).parsed

async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    format_: EngineApiExportWorkflowFormat | Unset = EngineApiExportWorkflowFormat.JSON,
    version: int | None | Unset = UNSET,

) -> Response[Any | ErrorOut]:
    """ Export a version as JSON or YAML (default: the draft)

    Args:
        workflow_id (int):
        format_ (EngineApiExportWorkflowFormat | Unset):  Default:
            EngineApiExportWorkflowFormat.JSON.
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        workflow_id=workflow_id,
format_=format_,
version=version,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    format_: EngineApiExportWorkflowFormat | Unset = EngineApiExportWorkflowFormat.JSON,
    version: int | None | Unset = UNSET,

) -> Any | ErrorOut | None:
    """ Export a version as JSON or YAML (default: the draft)

    Args:
        workflow_id (int):
        format_ (EngineApiExportWorkflowFormat | Unset):  Default:
            EngineApiExportWorkflowFormat.JSON.
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return (await asyncio_detailed(
        workflow_id=workflow_id,
client=client,
format_=format_,
version=version,

    )).parsed
