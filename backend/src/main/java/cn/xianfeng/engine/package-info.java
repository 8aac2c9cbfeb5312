/**
 * The scoring engine: a pure library that turns a scheme, a member's ledger entries, exempt months and ballots
 * into month, quarter and year scores, a grade, and an explanation of every step (domain.md §3). Exact
 * arithmetic; no framework, database or clock (checked by {@code EngineIsPureTests}), so it carries no module
 * annotation either: Spring Modulith still sees it as the module "engine", with no dependencies.
 */
package cn.xianfeng.engine;
