// Make-up working days: dates that work (with their hours) though their weekday does not.
import { Button, Card, Flex, Input, Popconfirm, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemList, problemsOf } from "@/components/ProblemList";
import { type Interval, type Workday, useAddWorkday, useRemoveWorkday } from "../api/calendar";
import { formatHours, parseHours } from "../utils";

export function WorkdaysCard({ workdays, usualHours }: { workdays: Workday[]; usualHours: Interval[] }) {
  const { t } = useTranslation("calendar");
  const add = useAddWorkday();
  const remove = useRemoveWorkday();
  const [day, setDay] = useState("");
  const [name, setName] = useState("");
  const [hoursText, setHoursText] = useState(formatHours(usualHours));
  const hours = parseHours(hoursText);

  const addOne = () =>
    hours &&
    add.mutate(
      { date: day, name: name.trim(), hours },
      {
        onSuccess: () => {
          setDay("");
          setName("");
        },
      },
    );

  return (
    <Card title={t("workdays.title")} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t("workdays.help")}</Typography.Paragraph>
      <ProblemList title={t("workdays.refused")} problems={problemsOf(add.error)} testId="workday-problems" />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input type="date" value={day} onChange={(event) => setDay(event.target.value)} aria-label={t("workdays.date")} style={{ width: 170 }} data-testid="workday-date" />
        <Input value={name} onChange={(event) => setName(event.target.value)} placeholder={t("workdays.name")} aria-label={t("workdays.name")} style={{ width: 200 }} data-testid="workday-name" />
        <Input
          value={hoursText}
          onChange={(event) => setHoursText(event.target.value)}
          status={hours ? undefined : "error"}
          placeholder="09:00-12:00, 13:00-18:00"
          aria-label={t("workdays.hours")}
          style={{ width: 240 }}
          data-testid="workday-hours"
        />
        <Button onClick={addOne} loading={add.isPending} disabled={!day || !hours} data-testid="workday-add">
          {t("workdays.addButton")}
        </Button>
      </Flex>
      <Table<Workday>
        rowKey="date"
        size="small"
        dataSource={workdays}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t("workdays.empty") }}
        data-testid="workday-table"
        columns={[
          { title: t("workdays.date"), dataIndex: "date", width: 140 },
          { title: t("workdays.name"), dataIndex: "name" },
          { title: t("workdays.hours"), key: "hours", render: (_, workday) => formatHours(workday.hours) },
          {
            key: "remove",
            width: 90,
            render: (_, workday) => (
              <Popconfirm title={t("workdays.removeConfirm", { date: workday.date })} onConfirm={() => remove.mutate(workday.date)}>
                <Button type="link" danger size="small" data-testid={`workday-remove-${workday.date}`}>
                  {t("remove")}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
