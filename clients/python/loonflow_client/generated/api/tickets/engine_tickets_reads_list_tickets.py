from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.ticket_page_out import TicketPageOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    workflow: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    serial: None | str | Unset = UNSET,
    title: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    q: None | str | Unset = UNSET,
    creator: int | None | Unset = UNSET,
    handler: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    view: str | Unset = 'related',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_workflow: int | None | Unset
    if isinstance(workflow, Unset):
        json_workflow = UNSET
    else:
        json_workflow = workflow
    params["workflow"] = json_workflow

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_serial: None | str | Unset
    if isinstance(serial, Unset):
        json_serial = UNSET
    else:
        json_serial = serial
    params["serial"] = json_serial

    json_title: None | str | Unset
    if isinstance(title, Unset):
        json_title = UNSET
    else:
        json_title = title
    params["title"] = json_title

    json_created_after: None | str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = created_after.isoformat()
    else:
        json_created_after = created_after
    params["created_after"] = json_created_after

    json_created_before: None | str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    elif isinstance(created_before, datetime.datetime):
        json_created_before = created_before.isoformat()
    else:
        json_created_before = created_before
    params["created_before"] = json_created_before

    json_field: list[str] | Unset = UNSET
    if not isinstance(field, Unset):
        json_field = field


    params["field"] = json_field

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_creator: int | None | Unset
    if isinstance(creator, Unset):
        json_creator = UNSET
    else:
        json_creator = creator
    params["creator"] = json_creator

    json_handler: int | None | Unset
    if isinstance(handler, Unset):
        json_handler = UNSET
    else:
        json_handler = handler
    params["handler"] = json_handler

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params["view"] = view

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
        "url": "/api/v1/tickets",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | TicketPageOut | None:
    if response.status_code == 200:
        response_200 = TicketPageOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | TicketPageOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    workflow: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    serial: None | str | Unset = UNSET,
    title: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    q: None | str | Unset = UNSET,
    creator: int | None | Unset = UNSET,
    handler: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    view: str | Unset = 'related',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[ErrorOut | TicketPageOut]:
    """ List tickets (to-do, created, handled…)

    Args:
        workflow (int | None | Unset): Workflow id
        state (None | str | Unset): State key
        status (None | str | Unset):
        serial (None | str | Unset): An exact serial or a prefix
        title (None | str | Unset): Part of the title (any case)
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        field (list[str] | Unset): `<key>:<value>` (repeatable): values contain it
        q (None | str | Unset): Search the serial, title and text fields (every word, any
            language)
        creator (int | None | Unset): Created by this user id
        handler (int | None | Unset): Waiting for this user id
        sort (None | str | Unset): The column to sort by, `-` first for descending (default:
            newest first)
        view (str | Unset):  Default: 'related'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | TicketPageOut]
     """


    kwargs = _get_kwargs(
        workflow=workflow,
state=state,
status=status,
serial=serial,
title=title,
created_after=created_after,
created_before=created_before,
field=field,
q=q,
creator=creator,
handler=handler,
sort=sort,
view=view,
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
    workflow: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    serial: None | str | Unset = UNSET,
    title: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    q: None | str | Unset = UNSET,
    creator: int | None | Unset = UNSET,
    handler: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    view: str | Unset = 'related',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> ErrorOut | TicketPageOut | None:
    """ List tickets (to-do, created, handled…)

    Args:
        workflow (int | None | Unset): Workflow id
        state (None | str | Unset): State key
        status (None | str | Unset):
        serial (None | str | Unset): An exact serial or a prefix
        title (None | str | Unset): Part of the title (any case)
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        field (list[str] | Unset): `<key>:<value>` (repeatable): values contain it
        q (None | str | Unset): Search the serial, title and text fields (every word, any
            language)
        creator (int | None | Unset): Created by this user id
        handler (int | None | Unset): Waiting for this user id
        sort (None | str | Unset): The column to sort by, `-` first for descending (default:
            newest first)
        view (str | Unset):  Default: 'related'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | TicketPageOut
     """


    return sync_detailed(
        client=client,
workflow=workflow,
state=state,
status=status,
serial=serial,
title=title,
created_after=created_after,
created_before=created_before,
field=field,
q=q,
creator=creator,
handler=handler,
sort=sort,
view=view,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workflow: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    serial: None | str | Unset = UNSET,
    title: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    q: None | str | Unset = UNSET,
    creator: int | None | Unset = UNSET,
    handler: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    view: str | Unset = 'related',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[ErrorOut | TicketPageOut]:
    """ List tickets (to-do, created, handled…)

    Args:
        workflow (int | None | Unset): Workflow id
        state (None | str | Unset): State key
        status (None | str | Unset):
        serial (None | str | Unset): An exact serial or a prefix
        title (None | str | Unset): Part of the title (any case)
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        field (list[str] | Unset): `<key>:<value>` (repeatable): values contain it
        q (None | str | Unset): Search the serial, title and text fields (every word, any
            language)
        creator (int | None | Unset): Created by this user id
        handler (int | None | Unset): Waiting for this user id
        sort (None | str | Unset): The column to sort by, `-` first for descending (default:
            newest first)
        view (str | Unset):  Default: 'related'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | TicketPageOut]
     """


    kwargs = _get_kwargs(
        workflow=workflow,
state=state,
status=status,
serial=serial,
title=title,
created_after=created_after,
created_before=created_before,
field=field,
q=q,
creator=creator,
handler=handler,
sort=sort,
view=view,
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
    workflow: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    serial: None | str | Unset = UNSET,
    title: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    q: None | str | Unset = UNSET,
    creator: int | None | Unset = UNSET,
    handler: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    view: str | Unset = 'related',
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> ErrorOut | TicketPageOut | None:
    """ List tickets (to-do, created, handled…)

    Args:
        workflow (int | None | Unset): Workflow id
        state (None | str | Unset): State key
        status (None | str | Unset):
        serial (None | str | Unset): An exact serial or a prefix
        title (None | str | Unset): Part of the title (any case)
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        field (list[str] | Unset): `<key>:<value>` (repeatable): values contain it
        q (None | str | Unset): Search the serial, title and text fields (every word, any
            language)
        creator (int | None | Unset): Created by this user id
        handler (int | None | Unset): Waiting for this user id
        sort (None | str | Unset): The column to sort by, `-` first for descending (default:
            newest first)
        view (str | Unset):  Default: 'related'.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | TicketPageOut
     """


    return (await asyncio_detailed(
        client=client,
workflow=workflow,
state=state,
status=status,
serial=serial,
title=title,
created_after=created_after,
created_before=created_before,
field=field,
q=q,
creator=creator,
handler=handler,
sort=sort,
view=view,
cursor=cursor,
limit=limit,

    )).parsed
