import { Navigate, type RouteObject } from "react-router";
import { DepartmentsPage } from "./DepartmentsPage";
import { RolesPage } from "./RolesPage";
import { UsersPage } from "./UsersPage";

/** The directory feature's pages, mounted by the app shell under the tenant layout. */
export const routes: RouteObject[] = [
  { path: "/directory", element: <Navigate to="/directory/users" replace /> },
  { path: "/directory/users", element: <UsersPage /> },
  { path: "/directory/departments", element: <DepartmentsPage /> },
  { path: "/directory/roles", element: <RolesPage /> },
];
