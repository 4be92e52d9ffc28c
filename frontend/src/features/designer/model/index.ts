// The document model: types and pure edit functions (no React, no I/O).
export * from "./constants";
export * from "./fields";
export * from "./gateways";
export * from "./keys";
export * from "./normalize";
export * from "./permissions";
export * from "./problems";
export * from "./references";
export * from "./signature";
export * from "./states";
export * from "./transitions";
export type * from "./types";
