// Select options that also carry their value as `data-value` on the rendered option, so end-to-end
// tests can pick an option by value in any language.
export interface ValueOption<T extends string> {
  value: T;
  label: string;
  "data-value": T;
}

export function optionsOf<T extends string>(values: readonly T[], label: (value: T) => string): ValueOption<T>[] {
  return values.map((value) => ({ value, label: label(value), "data-value": value }));
}

/** One option per state: "Name (key)". */
export function stateOptions(states: { key: string; name: string }[]): ValueOption<string>[] {
  return states.map((state) => ({ value: state.key, label: `${state.name} (${state.key})`, "data-value": state.key }));
}
