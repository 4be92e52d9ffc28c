// The time zone and weekly hours of the calendar, edited together and saved with one PUT.
import { App, Button, Card, Form, Select, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemList, problemsOf } from "@/components/ProblemList";
import { type Interval, type WorkingCalendar, useSaveCalendar } from "../api/calendar";
import { timeZones } from "../utils";
import { WeekHoursEditor } from "./WeekHoursEditor";

const strip = (week: { start: string; end: string }[][]): Interval[][] => week.map((day) => day.map(({ start, end }) => ({ start, end })));

export function HoursCard({ calendar }: { calendar: WorkingCalendar }) {
  const { t } = useTranslation("calendar");
  const { message } = App.useApp();
  const save = useSaveCalendar();
  const [zone, setZone] = useState(calendar.time_zone);
  const [week, setWeek] = useState<Interval[][]>(() => strip(calendar.week));
  useEffect(() => {
    setZone(calendar.time_zone);
    setWeek(strip(calendar.week));
  }, [calendar]);
  const zones = useMemo(() => timeZones().map((name) => ({ value: name, label: name })), []);
  const hours = calendar.weekly_seconds / 3600;

  const submit = () =>
    save.mutate({ time_zone: zone, week }, { onSuccess: () => void message.success(t("hours.saved")) });

  return (
    <Card title={t("hours.title")} style={{ marginBottom: 16 }}>
      <ProblemList title={t("hours.refused")} problems={problemsOf(save.error)} testId="hours-problems" />
      <Form layout="vertical">
        <Form.Item label={t("hours.timeZone")}>
          <Select
            showSearch
            value={zone}
            onChange={setZone}
            options={zones}
            style={{ maxWidth: 320 }}
            aria-label={t("hours.timeZone")}
            data-testid="calendar-zone"
          />
        </Form.Item>
        <Form.Item label={t("hours.week")} extra={t("hours.weekHelp")}>
          <WeekHoursEditor value={week} onChange={setWeek} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" data-testid="weekly-hours">
        {t("hours.weekly", { hours: Math.round(hours * 10) / 10 })}
      </Typography.Paragraph>
      <Button type="primary" onClick={submit} loading={save.isPending} data-testid="calendar-save">
        {t("hours.save")}
      </Button>
    </Card>
  );
}
