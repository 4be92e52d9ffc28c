import { Navigate, type RouteObject } from "react-router";
import { lazyRoute } from "@/lib/lazy-page";

/** The directory feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/directory", element: <Navigate to="/directory/users" replace /> },
  lazyRoute("/directory/users", () => import("./UsersPage"), "UsersPage"),
  lazyRoute("/directory/departments", () => import("./DepartmentsPage"), "DepartmentsPage"),
  lazyRoute("/directory/roles", () => import("./RolesPage"), "RolesPage"),
];
