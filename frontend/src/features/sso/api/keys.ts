// Query keys of the single sign-on feature.
export const ssoKeys = {
  all: ["sso"] as const,
  providers: () => [...ssoKeys.all, "providers"] as const,
  settings: () => [...ssoKeys.all, "settings"] as const,
  loginOptions: () => [...ssoKeys.all, "login-options"] as const,
};
