import { Spin } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useCalendar } from "../api/calendar";
import { DuePreview } from "../components/DuePreview";
import { HolidaysCard } from "../components/HolidaysCard";
import { HoursCard } from "../components/HoursCard";
import { WorkdaysCard } from "../components/WorkdaysCard";

/** The tenant's working calendar: what SLAs and timers on a working clock count. */
export function CalendarPage() {
  const { t } = useTranslation("calendar");
  const calendar = useCalendar();
  const data = calendar.data;
  return (
    <Page title={t("pageTitle")}>
      <ErrorAlert error={calendar.error} />
      {calendar.isPending && <Spin />}
      {data && (
        <>
          <HoursCard calendar={data} />
          <DuePreview zone={data.time_zone} />
          <HolidaysCard holidays={data.holidays} />
          <WorkdaysCard workdays={data.workdays} usualHours={data.week.find((day) => day.length) ?? []} />
        </>
      )}
    </Page>
  );
}
