// Holidays (days off): the list, one added by hand, or a country's public holidays of a year imported.
import { App, Button, Card, Flex, Input, InputNumber, Popconfirm, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemList, problemsOf } from "@/components/ProblemList";
import { type Holiday, useAddHoliday, useImportHolidays, useRemoveHoliday } from "../api/calendar";

export function HolidaysCard({ holidays }: { holidays: Holiday[] }) {
  const { t } = useTranslation("calendar");
  const { message } = App.useApp();
  const importing = useImportHolidays();
  const add = useAddHoliday();
  const remove = useRemoveHoliday();
  const [country, setCountry] = useState("");
  const [subdivision, setSubdivision] = useState("");
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [day, setDay] = useState("");
  const [name, setName] = useState("");

  const runImport = () =>
    importing.mutate(
      { country: country.trim(), subdivision: subdivision.trim() || null, year },
      {
        onSuccess: (result) =>
          void message.success(t("holidays.imported", { count: result.added, workdays: result.workdays_added })),
      },
    );
  const addOne = () =>
    add.mutate(
      { date: day, name: name.trim() },
      {
        onSuccess: () => {
          setDay("");
          setName("");
        },
      },
    );

  return (
    <Card title={t("holidays.title")} style={{ marginBottom: 16 }}>
      <ProblemList
        title={t("holidays.refused")}
        problems={[...problemsOf(importing.error), ...problemsOf(add.error)]}
        testId="holiday-problems"
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t("holidays.import")}</Typography.Text>
        <Input
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          placeholder={t("holidays.country")}
          aria-label={t("holidays.country")}
          style={{ width: 110 }}
          maxLength={3}
          data-testid="import-country"
        />
        <Input
          value={subdivision}
          onChange={(event) => setSubdivision(event.target.value)}
          placeholder={t("holidays.subdivision")}
          aria-label={t("holidays.subdivision")}
          style={{ width: 150 }}
          data-testid="import-subdivision"
        />
        <InputNumber
          value={year}
          onChange={(value) => setYear(value ?? new Date().getFullYear())}
          min={1970}
          max={2100}
          aria-label={t("holidays.year")}
          data-testid="import-year"
        />
        <Button type="primary" onClick={runImport} loading={importing.isPending} disabled={!country.trim()} data-testid="import-holidays">
          {t("holidays.importButton")}
        </Button>
      </Flex>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t("holidays.add")}</Typography.Text>
        <Input type="date" value={day} onChange={(event) => setDay(event.target.value)} aria-label={t("holidays.date")} style={{ width: 170 }} data-testid="holiday-date" />
        <Input value={name} onChange={(event) => setName(event.target.value)} placeholder={t("holidays.name")} aria-label={t("holidays.name")} style={{ width: 220 }} data-testid="holiday-name" />
        <Button onClick={addOne} loading={add.isPending} disabled={!day || !name.trim()} data-testid="holiday-add">
          {t("holidays.addButton")}
        </Button>
      </Flex>
      <Table<Holiday>
        rowKey="date"
        size="small"
        dataSource={holidays}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        data-testid="holiday-table"
        locale={{ emptyText: t("holidays.empty") }}
        columns={[
          { title: t("holidays.date"), dataIndex: "date", width: 140 },
          { title: t("holidays.name"), dataIndex: "name" },
          {
            title: t("holidays.source"),
            dataIndex: "source",
            width: 120,
            render: (source: string) => (source ? <Tag>{source}</Tag> : <Typography.Text type="secondary">{t("holidays.byHand")}</Typography.Text>),
          },
          {
            key: "remove",
            width: 90,
            render: (_, holiday) => (
              <Popconfirm title={t("holidays.removeConfirm", { date: holiday.date })} onConfirm={() => remove.mutate(holiday.date)}>
                <Button type="link" danger size="small" data-testid={`holiday-remove-${holiday.date}`}>
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
