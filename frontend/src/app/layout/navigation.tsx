import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  EditOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  PauseCircleOutlined,
  ProfileOutlined,
  ShareAltOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

type NavLabelKey = `nav.${
  | 'points' | 'declare' | 'publicity' | 'notifications' | 'dashboard' | 'review' | 'activities' | 'ledger' | 'periods'
  | 'alerts' | 'filings' | 'spotChecks' | 'orgs' | 'members' | 'exemptions' | 'schemes' | 'links' | 'audit'}`;

/** Who a page is for: members (their own points), role holders (the organisation's work), or both. */
export type Audience = 'member' | 'staff';

interface NavItem {
  path: string;
  icon: ReactNode;
  labelKey: NavLabelKey;
  audience: Audience;
}

// Every page reachable from the side menu; new features add their entry here.
export const navItems: readonly NavItem[] = [
  { path: '/points', icon: <TrophyOutlined />, labelKey: 'nav.points', audience: 'member' },
  { path: '/declare', icon: <EditOutlined />, labelKey: 'nav.declare', audience: 'member' },
  { path: '/publicity', icon: <FlagOutlined />, labelKey: 'nav.publicity', audience: 'member' },
  { path: '/notifications', icon: <BellOutlined />, labelKey: 'nav.notifications', audience: 'member' },
  { path: '/', icon: <DashboardOutlined />, labelKey: 'nav.dashboard', audience: 'staff' },
  { path: '/review', icon: <CheckSquareOutlined />, labelKey: 'nav.review', audience: 'staff' },
  { path: '/activities', icon: <CalendarOutlined />, labelKey: 'nav.activities', audience: 'staff' },
  { path: '/ledger', icon: <BookOutlined />, labelKey: 'nav.ledger', audience: 'staff' },
  { path: '/periods', icon: <NotificationOutlined />, labelKey: 'nav.periods', audience: 'staff' },
  { path: '/alerts', icon: <AlertOutlined />, labelKey: 'nav.alerts', audience: 'staff' },
  { path: '/filings', icon: <FileDoneOutlined />, labelKey: 'nav.filings', audience: 'staff' },
  { path: '/spot-checks', icon: <FileSearchOutlined />, labelKey: 'nav.spotChecks', audience: 'staff' },
  { path: '/orgs', icon: <ApartmentOutlined />, labelKey: 'nav.orgs', audience: 'staff' },
  { path: '/members', icon: <TeamOutlined />, labelKey: 'nav.members', audience: 'staff' },
  { path: '/exemptions', icon: <PauseCircleOutlined />, labelKey: 'nav.exemptions', audience: 'staff' },
  { path: '/schemes', icon: <ProfileOutlined />, labelKey: 'nav.schemes', audience: 'staff' },
  { path: '/links', icon: <ShareAltOutlined />, labelKey: 'nav.links', audience: 'staff' },
  { path: '/audit', icon: <AuditOutlined />, labelKey: 'nav.audit', audience: 'staff' },
];

/**
 * The menu for a user: a member without roles sees only their own pages, a role holder the organisation's,
 * one who is both sees both. Someone with neither (a fresh account) still gets the dashboard.
 */
export function navItemsFor({ isMember, hasRoles }: { isMember: boolean; hasRoles: boolean }): readonly NavItem[] {
  const items = navItems.filter(
    (item) => (item.audience === 'member' && isMember) || (item.audience === 'staff' && (hasRoles || !isMember)),
  );
  return items;
}

/** The menu entry a location belongs to: the longest matching path, so `/` only matches itself. */
export function navKeyFor(pathname: string): string | undefined {
  return navItems
    .map((item) => item.path)
    .filter((path) => pathname === path || (path !== '/' && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
