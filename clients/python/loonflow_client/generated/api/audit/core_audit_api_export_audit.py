from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.core_audit_api_export_audit_format import CoreAuditApiExportAuditFormat
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    action: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    format_: CoreAuditApiExportAuditFormat | Unset = CoreAuditApiExportAuditFormat.CSV,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_target_type: None | str | Unset
    if isinstance(target_type, Unset):
        json_target_type = UNSET
    else:
        json_target_type = target_type
    params["target_type"] = json_target_type

    json_target_id: None | str | Unset
    if isinstance(target_id, Unset):
        json_target_id = UNSET
    else:
        json_target_id = target_id
    params["target_id"] = json_target_id

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit/export",
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
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    format_: CoreAuditApiExportAuditFormat | Unset = CoreAuditApiExportAuditFormat.CSV,

) -> Response[Any | ErrorOut]:
    """ Download the (filtered) audit trail as CSV or JSON, streamed

    Args:
        action (None | str | Unset): A prefix: "role" or "role.update"
        actor (None | str | Unset): A username or an app name
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        since (datetime.datetime | None | Unset): From this time on (inclusive)
        until (datetime.datetime | None | Unset): Before this time
        q (None | str | Unset): Text in the target's label
        format_ (CoreAuditApiExportAuditFormat | Unset):  Default:
            CoreAuditApiExportAuditFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        action=action,
actor=actor,
target_type=target_type,
target_id=target_id,
since=since,
until=until,
q=q,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    format_: CoreAuditApiExportAuditFormat | Unset = CoreAuditApiExportAuditFormat.CSV,

) -> Any | ErrorOut | None:
    """ Download the (filtered) audit trail as CSV or JSON, streamed

    Args:
        action (None | str | Unset): A prefix: "role" or "role.update"
        actor (None | str | Unset): A username or an app name
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        since (datetime.datetime | None | Unset): From this time on (inclusive)
        until (datetime.datetime | None | Unset): Before this time
        q (None | str | Unset): Text in the target's label
        format_ (CoreAuditApiExportAuditFormat | Unset):  Default:
            CoreAuditApiExportAuditFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return sync_detailed(
        client=client,
action=action,
actor=actor,
target_type=target_type,
target_id=target_id,
since=since,
until=until,
q=q,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    format_: CoreAuditApiExportAuditFormat | Unset = CoreAuditApiExportAuditFormat.CSV,

) -> Response[Any | ErrorOut]:
    """ Download the (filtered) audit trail as CSV or JSON, streamed

    Args:
        action (None | str | Unset): A prefix: "role" or "role.update"
        actor (None | str | Unset): A username or an app name
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        since (datetime.datetime | None | Unset): From this time on (inclusive)
        until (datetime.datetime | None | Unset): Before this time
        q (None | str | Unset): Text in the target's label
        format_ (CoreAuditApiExportAuditFormat | Unset):  Default:
            CoreAuditApiExportAuditFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorOut]
     """


    kwargs = _get_kwargs(
        action=action,
actor=actor,
target_type=target_type,
target_id=target_id,
since=since,
until=until,
q=q,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    action: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    format_: CoreAuditApiExportAuditFormat | Unset = CoreAuditApiExportAuditFormat.CSV,

) -> Any | ErrorOut | None:
    """ Download the (filtered) audit trail as CSV or JSON, streamed

    Args:
        action (None | str | Unset): A prefix: "role" or "role.update"
        actor (None | str | Unset): A username or an app name
        target_type (None | str | Unset):
        target_id (None | str | Unset):
        since (datetime.datetime | None | Unset): From this time on (inclusive)
        until (datetime.datetime | None | Unset): Before this time
        q (None | str | Unset): Text in the target's label
        format_ (CoreAuditApiExportAuditFormat | Unset):  Default:
            CoreAuditApiExportAuditFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
action=action,
actor=actor,
target_type=target_type,
target_id=target_id,
since=since,
until=until,
q=q,
format_=format_,

    )).parsed
