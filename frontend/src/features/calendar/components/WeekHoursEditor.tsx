// The weekly working hours: for each weekday (Monday first) one or more HH:MM intervals, or a day off.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Interval } from "../api/calendar";
import { isClockTime } from "../utils";

const DEFAULT_INTERVAL: Interval = { start: "09:00", end: "17:00" };

export function WeekHoursEditor({ value, onChange }: { value: Interval[][]; onChange: (week: Interval[][]) => void }) {
  const { t } = useTranslation("calendar");
  const setDay = (day: number, hours: Interval[]) => onChange(value.map((old, index) => (index === day ? hours : old)));

  return (
    <Flex vertical gap={8} data-testid="week-hours">
      {value.map((hours, day) => (
        <Flex key={day} gap={12} align="start" wrap>
          <Typography.Text strong style={{ width: 110, paddingTop: 5 }}>
            {t(`weekdays.${day}`)}
          </Typography.Text>
          <Flex vertical gap={4}>
            {hours.length === 0 && (
              <Typography.Text type="secondary" style={{ paddingTop: 5 }} data-testid={`hours-${day}-off`}>
                {t("week.dayOff")}
              </Typography.Text>
            )}
            {hours.map((interval, index) => {
              const edit = (patch: Partial<Interval>) => setDay(day, hours.map((old, i) => (i === index ? { ...old, ...patch } : old)));
              return (
                <Flex key={index} gap={6} align="center">
                  {(["start", "end"] as const).map((part) => (
                    <Input
                      key={part}
                      value={interval[part]}
                      onChange={(event) => edit({ [part]: event.target.value })}
                      status={isClockTime(interval[part]) ? undefined : "error"}
                      placeholder="HH:MM"
                      style={{ width: 80 }}
                      aria-label={t(`week.${part}`, { day: t(`weekdays.${day}`) })}
                      data-testid={`hours-${day}-${index}-${part}`}
                    />
                  ))}
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => setDay(day, hours.filter((_, i) => i !== index))}
                    aria-label={t("week.remove")}
                    data-testid={`hours-${day}-${index}-remove`}
                  />
                </Flex>
              );
            })}
          </Flex>
          <Button
            size="small"
            icon={<PlusOutlined />}
            style={{ marginTop: 4 }}
            onClick={() => setDay(day, [...hours, hours.length ? { start: hours[hours.length - 1]!.end, end: "18:00" } : DEFAULT_INTERVAL])}
            data-testid={`hours-${day}-add`}
          >
            {t("week.add")}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}
