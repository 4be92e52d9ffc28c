import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Button, Flex, Select } from "antd";
import { useTranslation } from "react-i18next";
import { PAGE_SIZES } from "../../utils/list-params";

type Props = {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  pageSize: number;
  onPageSize: (size: number) => void;
  disabled?: boolean;
};

/** Previous / next for a cursor-paginated list (no page numbers: the API pages by cursor), and the page size. */
export function CursorPager({ hasPrevious, hasNext, onPrevious, onNext, pageSize, onPageSize, disabled }: Props) {
  const { t } = useTranslation("tickets");
  return (
    <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 16 }}>
      <Select
        aria-label={t("list.pageSize")}
        value={pageSize}
        onChange={onPageSize}
        options={PAGE_SIZES.map((size) => ({ value: size, label: t("list.perPage", { count: size }) }))}
        style={{ width: 130 }}
      />
      <Button icon={<LeftOutlined />} disabled={disabled || !hasPrevious} onClick={onPrevious} data-testid="page-previous">
        {t("list.previous")}
      </Button>
      <Button disabled={disabled || !hasNext} onClick={onNext} data-testid="page-next">
        {t("list.next")} <RightOutlined />
      </Button>
    </Flex>
  );
}
