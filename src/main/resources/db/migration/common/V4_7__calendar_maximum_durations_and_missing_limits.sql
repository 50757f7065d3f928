-- A period within which something must be done (WITHIN: a calendar period ending on a holiday ends on the next
-- working day) differs from the maximum duration of a measure (MAXIMUM: it ends exactly, the holiday rule never
-- lengthens it) and from a waiting period (WAIT: the act is allowed only once the period has run).
alter table time_limit_rule add column nature varchar(8) default 'WITHIN' not null;
alter table time_limit_rule add constraint time_limit_nature_check check (nature in ('WITHIN', 'MAXIMUM', 'WAIT'));
-- The event the period runs from, where the law names it.
alter table time_limit_rule add column start_event varchar(100);
alter table time_limit_rule drop constraint time_limit_unit_check;
alter table time_limit_rule add constraint time_limit_unit_check
    check (unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS', 'HOURS', 'FIXED_DATE'));

update time_limit_rule set nature = 'MAXIMUM', start_event = null where code = 'SEIZURE_DURATION';
-- 行政处罚法 第六十四条第二项: the 7 days before the hearing run from service of the notice.
update time_limit_rule
   set direction = 'AFTER', nature = 'WAIT', start_event = '听证通知送达之日', name = '听证通知送达后方可举行听证'
 where code = 'HEARING_NOTICE';

insert into time_limit_rule (code, effective_from, effective_to, name, unit, amount, extensions, direction, nature, start_event, legal_source) values
('CASE_HANDLING', '2021-07-15', '2023-06-30', '办案期限（自立案之日起）', 'CALENDAR_DAYS', 90, '', 'AFTER', 'WITHIN', '立案之日',
 '行政处罚法 第六十条：自行政处罚案件立案之日起九十日内作出行政处罚决定；法律、法规、规章另有规定的，从其规定'),
('EVIDENCE_PRESERVATION_DECISION', '2021-07-15', null, '先行登记保存证据后作出处理决定', 'WORKING_DAYS', 7, '', 'AFTER', 'WITHIN', '先行登记保存之日',
 '行政处罚法 第五十六条：先行登记保存证据的，应当在七日内作出处理决定；第八十五条：七日指工作日'),
('ON_SPOT_FINE_HANDOVER', '2021-07-15', null, '当场收缴的罚款交至行政机关', 'WORKING_DAYS', 2, '', 'AFTER', 'WITHIN', '当场收缴罚款之日',
 '行政处罚法 第七十一条：执法人员当场收缴的罚款，应当在二日内交至行政机关（在水上当场收缴的，自抵岸之日起二日内）；第八十五条：二日指工作日'),
('RESTRICTION_DECISION_SERVICE', '2015-01-01', null, '送达限制生产、停产整治决定书', 'WORKING_DAYS', 7, '', 'AFTER', 'WITHIN', '作出决定之日',
 '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）：限制生产、停产整治决定书应当在作出决定之日起7个工作日内送达当事人'),
('PRODUCTION_RESTRICTION_DURATION', '2015-01-01', null, '限制生产期限', 'MONTHS', 3, '3', 'AFTER', 'MAXIMUM', null,
 '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）：限制生产的期限不超过三个月；情况复杂的，延长期限不超过三个月'),
('RECTIFICATION_PLAN', '2015-01-01', null, '整改方案备案并公开', 'WORKING_DAYS', 15, '', 'AFTER', 'WITHIN', null,
 '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）：被责令限制生产、停产整治的，应当在15个工作日内将整改方案备案并向社会公开'),
('RECTIFICATION_COMPLETION', '2015-01-01', null, '整改完成情况报备', 'WORKING_DAYS', 15, '', 'AFTER', 'WITHIN', null,
 '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）：整改任务完成情况应当在15个工作日内报备（附监测报告及整改前后用电、用水、产量对比），自备案之日起解除限制生产、停产整治'),
('RESTRICTION_FOLLOW_UP', '2015-01-01', null, '解除限制生产、停产整治后跟踪检查', 'CALENDAR_DAYS', 30, '', 'AFTER', 'WITHIN', '解除限制生产、停产整治之日',
 '环境保护主管部门实施限制生产、停产整治办法（环境保护部令第30号）：解除限制生产、停产整治后30日内对当事人进行跟踪检查'),
('DAILY_PENALTY_ORDER_SERVICE', '2015-01-01', null, '送达责令改正违法行为决定书（按日连续处罚）', 'WORKING_DAYS', 3, '', 'AFTER', 'WITHIN', '收到监测报告之日',
 '环境保护主管部门实施按日连续处罚办法（环境保护部令第28号）：现场不能确认违法排污的，应当在收到监测报告之日起3个工作日内送达责令改正违法行为决定书'),
('DAILY_PENALTY_REINSPECTION', '2015-01-01', null, '复查改正情况（按日连续处罚）', 'CALENDAR_DAYS', 30, '', 'AFTER', 'WITHIN', '责令改正违法行为决定书送达之日',
 '环境保护主管部门实施按日连续处罚办法（环境保护部令第28号）：自责令改正违法行为决定书送达之日起30日内，以暗查方式组织复查'),
('EMERGENCY_SEIZURE_APPROVAL', '2015-01-01', null, '当场查封、扣押后补办批准手续', 'HOURS', 24, '', 'AFTER', 'WITHIN', '当场实施查封、扣押之时',
 '环境保护主管部门实施查封、扣押办法（环境保护部令第29号）：情况紧急需要当场实施查封、扣押的，应当在实施后24小时内补办批准手续'),
('COURT_APPLICATION_AFTER_NOTICE', '2012-01-01', null, '催告书送达后申请人民法院强制执行', 'WORKING_DAYS', 10, '', 'AFTER', 'WAIT', '催告书送达之日',
 '行政强制法 第五十四条：催告书送达十日后当事人仍未履行义务的，方可申请人民法院强制执行；第六十九条：十日以内期限的规定是指工作日'),
('COURT_APPLICATION', '2012-01-01', null, '申请人民法院强制执行', 'MONTHS', 3, '', 'AFTER', 'WITHIN', '行政复议、行政诉讼期限届满之日',
 '行政强制法 第五十三条：当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行的，没有行政强制执行权的行政机关可以自期限届满之日起三个月内申请人民法院强制执行'),
('ADMINISTRATIVE_RECONSIDERATION', '2024-01-01', null, '申请行政复议', 'CALENDAR_DAYS', 60, '', 'AFTER', 'WITHIN', '知道或者应当知道行政行为之日',
 '行政复议法（2023年修订）第二十条：自知道或者应当知道该行政行为之日起六十日内提出行政复议申请'),
('ADMINISTRATIVE_LITIGATION', '2015-05-01', null, '提起行政诉讼', 'MONTHS', 6, '', 'AFTER', 'WITHIN', '知道或者应当知道作出行政行为之日',
 '行政诉讼法 第四十六条：自知道或者应当知道作出行政行为之日起六个月内提起行政诉讼'),
('LIABILITY_LIMITATION', '2021-07-15', null, '行政处罚追责时效', 'MONTHS', 24, '', 'AFTER', 'MAXIMUM', '违法行为发生之日（有连续或者继续状态的，自行为终了之日）',
 '行政处罚法 第三十六条：违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年');
