-- The legal source of 立案审查 carried an editor's note ("单位待核：…") that users read on the deadline pages.
-- A legal source names the provision and what it says; doubts about it go to the legal staff, not into the text.
update time_limit_rule
   set legal_source = '生态环境行政处罚办法（生态环境部令第30号）第十八条：发现线索之日起15日内决定是否立案，经批准可延长15日'
 where code = 'CASE_FILING' and effective_from = DATE '2023-07-01';
