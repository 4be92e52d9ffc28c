from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.due_out import DueOut
from ...models.engine_calendars_api_calendar_due_clock import EngineCalendarsApiCalendarDueClock
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    from_: datetime.datetime | None | Unset = UNSET,
    clock: EngineCalendarsApiCalendarDueClock | Unset = EngineCalendarsApiCalendarDueClock.WORKING,
    hours: float | None | Unset = UNSET,
    days: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_clock: str | Unset = UNSET
    if not isinstance(clock, Unset):
        json_clock = clock.value

    params["clock"] = json_clock

    json_hours: float | None | Unset
    if isinstance(hours, Unset):
        json_hours = UNSET
    else:
        json_hours = hours
    params["hours"] = json_hours

    json_days: int | None | Unset
    if isinstance(days, Unset):
        json_days = UNSET
    else:
        json_days = days
    params["days"] = json_days


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar/due",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DueOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DueOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DueOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    clock: EngineCalendarsApiCalendarDueClock | Unset = EngineCalendarsApiCalendarDueClock.WORKING,
    hours: float | None | Unset = UNSET,
    days: int | None | Unset = UNSET,

) -> Response[DueOut | ErrorOut]:
    """ When a duration from a moment falls due

    Args:
        from_ (datetime.datetime | None | Unset): Default: now.
        clock (EngineCalendarsApiCalendarDueClock | Unset):  Default:
            EngineCalendarsApiCalendarDueClock.WORKING.
        hours (float | None | Unset): For the wall and working clocks.
        days (int | None | Unset): For the working_days clock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DueOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        from_=from_,
clock=clock,
hours=hours,
days=days,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    clock: EngineCalendarsApiCalendarDueClock | Unset = EngineCalendarsApiCalendarDueClock.WORKING,
    hours: float | None | Unset = UNSET,
    days: int | None | Unset = UNSET,

) -> DueOut | ErrorOut | None:
    """ When a duration from a moment falls due

    Args:
        from_ (datetime.datetime | None | Unset): Default: now.
        clock (EngineCalendarsApiCalendarDueClock | Unset):  Default:
            EngineCalendarsApiCalendarDueClock.WORKING.
        hours (float | None | Unset): For the wall and working clocks.
        days (int | None | Unset): For the working_days clock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DueOut | ErrorOut
     """


    return sync_detailed(
        client=client,
from_=from_,
clock=clock,
hours=hours,
days=days,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    clock: EngineCalendarsApiCalendarDueClock | Unset = EngineCalendarsApiCalendarDueClock.WORKING,
    hours: float | None | Unset = UNSET,
    days: int | None | Unset = UNSET,

) -> Response[DueOut | ErrorOut]:
    """ When a duration from a moment falls due

    Args:
        from_ (datetime.datetime | None | Unset): Default: now.
        clock (EngineCalendarsApiCalendarDueClock | Unset):  Default:
            EngineCalendarsApiCalendarDueClock.WORKING.
        hours (float | None | Unset): For the wall and working clocks.
        days (int | None | Unset): For the working_days clock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DueOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        from_=from_,
clock=clock,
hours=hours,
days=days,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    clock: EngineCalendarsApiCalendarDueClock | Unset = EngineCalendarsApiCalendarDueClock.WORKING,
    hours: float | None | Unset = UNSET,
    days: int | None | Unset = UNSET,

) -> DueOut | ErrorOut | None:
    """ When a duration from a moment falls due

    Args:
        from_ (datetime.datetime | None | Unset): Default: now.
        clock (EngineCalendarsApiCalendarDueClock | Unset):  Default:
            EngineCalendarsApiCalendarDueClock.WORKING.
        hours (float | None | Unset): For the wall and working clocks.
        days (int | None | Unset): For the working_days clock.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DueOut | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
from_=from_,
clock=clock,
hours=hours,
days=days,

    )).parsed
