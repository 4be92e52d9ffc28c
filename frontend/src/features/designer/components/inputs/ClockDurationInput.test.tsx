import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import "@/lib/i18n";
import type { Clock } from "../../model";
import { ClockDurationInput } from "./ClockDurationInput";
import { formatClockDuration } from "./DurationInput";

vi.setConfig({ testTimeout: 20_000 });

let last: { seconds: number | null; clock: Clock } = { seconds: null, clock: "wall" };

function Harness() {
  const [value, setValue] = useState<{ seconds: number | null; clock: Clock }>({ seconds: 5 * 3600, clock: "wall" });
  last = value;
  return <ClockDurationInput seconds={value.seconds} clock={value.clock} onChange={(seconds, clock) => setValue({ seconds, clock })} testId="sla-duration" ariaLabel="Duration" />;
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole("combobox", { name: "Counts" }));
  await user.click(await screen.findByTitle(label));
}

test("offers hours, working hours and working days; working days are whole days", async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await choose(user, "Working hours");
  expect(last).toEqual({ seconds: 5 * 3600, clock: "working" });
  await choose(user, "Working days");
  expect(last).toEqual({ seconds: 86400, clock: "working_days" });
  const days = screen.getByTestId("sla-duration-days");
  await user.clear(days);
  await user.type(days, "2");
  expect(last).toEqual({ seconds: 2 * 86400, clock: "working_days" });
});

test("a duration reads with its clock, so working days are not taken for calendar days", async () => {
  const { default: i18n } = await import("@/lib/i18n");
  const t = i18n.getFixedT("en", "designer");
  expect(formatClockDuration(2 * 86400, "working_days", t)).toBe("2 working days");
  expect(formatClockDuration(86400, "working_days", t)).toBe("1 working day");
  expect(formatClockDuration(16 * 3600, "working", t)).toBe("16 h working time");
  expect(formatClockDuration(2 * 86400, "wall", t)).toBe("2 d");
  expect(formatClockDuration(2 * 86400, null, t)).toBe("2 d");
  expect(formatClockDuration(3 * 86400, "working_days", i18n.getFixedT("zh-CN", "designer"))).toBe("3 个工作日");
});
