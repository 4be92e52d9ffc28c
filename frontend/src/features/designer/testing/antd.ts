// Driving Ant Design's Select in jsdom: it opens on mousedown and renders options in a portal.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";

/** Open the Select with this test id (or element) and click the option showing `label`
 *  (typing `search` first, for long lists that render only their first options). */
export async function choose(target: string | HTMLElement, label: string | RegExp, search?: string): Promise<void> {
  const root = typeof target === "string" ? screen.getByTestId(target) : target;
  const select = root.classList.contains("ant-select") ? root : (root.closest(".ant-select") as HTMLElement);
  fireEvent.mouseDown(select.querySelector(".ant-select-selector")!);
  if (search !== undefined) fireEvent.change(select.querySelector("input")!, { target: { value: search } });
  const option = await waitFor(() => {
    const dropdowns = Array.from(document.querySelectorAll<HTMLElement>(".ant-select-dropdown:not(.ant-select-dropdown-hidden)"));
    for (const dropdown of dropdowns.reverse()) {
      const found = within(dropdown).queryAllByText(label).find((node) => node.closest(".ant-select-item-option"));
      if (found) return found.closest(".ant-select-item-option") as HTMLElement;
    }
    throw new Error(`option ${String(label)} not shown`);
  });
  await act(async () => {
    fireEvent.click(option);
  });
}

/** The text shown in a Select (its selected item, or placeholder). */
export function selectedText(target: string | HTMLElement): string {
  const root = typeof target === "string" ? screen.getByTestId(target) : target;
  const select = root.classList.contains("ant-select") ? root : (root.closest(".ant-select") as HTMLElement);
  return (select.querySelector(".ant-select-selection-item, .ant-select-selection-placeholder")?.textContent ?? "").trim();
}
