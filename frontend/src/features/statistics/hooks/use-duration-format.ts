import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type Unit, type UnitLabel, formatDuration, formatInUnit } from "../utils/duration";

/** formatDuration (and axis ticks in one unit) with the units in the reader's language. */
export function useDurationFormat() {
  const { t } = useTranslation("statistics");
  const label = useCallback<UnitLabel>((unit, count) => t(`duration.${unit}`, { count }), [t]);
  return useMemo(
    () => ({
      duration: (seconds: number) => formatDuration(seconds, label, 2, t("duration.underOne")),
      tick: (seconds: number, unit: Unit) => formatInUnit(seconds, unit, label),
    }),
    [label, t],
  );
}
