// The onboarding feature's query keys (its reads are its own; a new workflow also refreshes the
// shared workflow lists through queryKeys.workflows).
export const onboardingKeys = {
  checklist: ["getting-started"] as const,
  templates: ["workflow-templates"] as const,
};
