import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import "@/lib/i18n";
import type { Clock } from "../../model";
import { ClockDurationInput } from "./ClockDurationInput";

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
