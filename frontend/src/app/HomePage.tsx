import { Navigate } from 'react-router';
import { DashboardPage } from '@/features/dashboard/components/DashboardPage';
import { useTenant } from '@/lib/tenant/tenantContext';

/** A member without roles starts on their own points; anyone else on the dashboard. */
export function HomePage() {
  const { roles, member } = useTenant();
  return member !== null && roles.length === 0 ? <Navigate to="/points" replace /> : <DashboardPage />;
}
