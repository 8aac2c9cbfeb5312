import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  PauseCircleOutlined,
  ProfileOutlined,
  ShareAltOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

interface NavItem {
  path: string;
  icon: ReactNode;
  labelKey: 'nav.dashboard' | 'nav.orgs' | 'nav.members' | 'nav.exemptions' | 'nav.schemes' | 'nav.links' | 'nav.audit';
}

// Every page reachable from the side menu; new features add their entry here.
export const navItems: readonly NavItem[] = [
  { path: '/', icon: <DashboardOutlined />, labelKey: 'nav.dashboard' },
  { path: '/orgs', icon: <ApartmentOutlined />, labelKey: 'nav.orgs' },
  { path: '/members', icon: <TeamOutlined />, labelKey: 'nav.members' },
  { path: '/exemptions', icon: <PauseCircleOutlined />, labelKey: 'nav.exemptions' },
  { path: '/schemes', icon: <ProfileOutlined />, labelKey: 'nav.schemes' },
  { path: '/links', icon: <ShareAltOutlined />, labelKey: 'nav.links' },
  { path: '/audit', icon: <AuditOutlined />, labelKey: 'nav.audit' },
];

/** The menu entry a location belongs to: the longest matching path, so `/` only matches itself. */
export function navKeyFor(pathname: string): string | undefined {
  return navItems
    .map((item) => item.path)
    .filter((path) => pathname === path || (path !== '/' && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
