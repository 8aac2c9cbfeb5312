import type { RouteObject } from 'react-router';
import { SignInPage } from '@/features/auth/components/SignInPage';
import { AuditLogPage } from '@/features/audit/components/AuditLogPage';
import { ActivitiesPage } from '@/features/cycle/components/ActivitiesPage';
import { AlertsPage } from '@/features/cycle/components/AlertsPage';
import { PeriodsPage } from '@/features/cycle/components/PeriodsPage';
import { ReviewPage } from '@/features/cycle/components/ReviewPage';
import { FilingsPage } from '@/features/filings/components/FilingsPage';
import { LedgerPage } from '@/features/ledger/components/LedgerPage';
import { DeclarePage } from '@/features/me/components/DeclarePage';
import { MyPointsPage } from '@/features/me/components/MyPointsPage';
import { NotificationsPage } from '@/features/me/components/NotificationsPage';
import { PublicityPage } from '@/features/me/components/PublicityPage';
import { ExemptionsPage } from '@/features/exemptions/components/ExemptionsPage';
import { LinksPage } from '@/features/links/components/LinksPage';
import { MembersPage } from '@/features/members/components/MembersPage';
import { SignUpPage } from '@/features/onboarding/components/SignUpPage';
import { SpotCheckPage } from '@/features/spotchecks/components/SpotCheckPage';
import { SpotChecksPage } from '@/features/spotchecks/components/SpotChecksPage';
import { SchemeEditorPage } from '@/features/schemes/components/SchemeEditorPage';
import { SchemePage } from '@/features/schemes/components/SchemePage';
import { SchemePresetPage } from '@/features/schemes/components/SchemePresetPage';
import { SchemesPage } from '@/features/schemes/components/SchemesPage';
import { OrgsPage } from '@/features/orgs/components/OrgsPage';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { ProtectedShell } from './ProtectedShell';
import { RouteErrorPage } from './RouteErrorPage';

// `/signin` rather than `/login`: the backend owns `/login` (its own sign-in page).
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'signin', element: <SignInPage /> },
      { path: 'signup', element: <SignUpPage /> },
      {
        element: <ProtectedShell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'points', element: <MyPointsPage /> },
          { path: 'declare', element: <DeclarePage /> },
          { path: 'publicity', element: <PublicityPage /> },
          { path: 'publicity/:periodId', element: <PublicityPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'review', element: <ReviewPage /> },
          { path: 'activities', element: <ActivitiesPage /> },
          { path: 'ledger', element: <LedgerPage /> },
          { path: 'periods', element: <PeriodsPage /> },
          { path: 'alerts', element: <AlertsPage /> },
          { path: 'filings', element: <FilingsPage /> },
          { path: 'spot-checks', element: <SpotChecksPage /> },
          { path: 'spot-checks/:id', element: <SpotCheckPage /> },
          { path: 'orgs', element: <OrgsPage /> },
          { path: 'members', element: <MembersPage /> },
          { path: 'exemptions', element: <ExemptionsPage /> },
          { path: 'schemes', element: <SchemesPage /> },
          { path: 'schemes/presets/:code', element: <SchemePresetPage /> },
          { path: 'schemes/:id', element: <SchemePage /> },
          { path: 'schemes/:id/edit', element: <SchemeEditorPage /> },
          { path: 'links', element: <LinksPage /> },
          { path: 'audit', element: <AuditLogPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
