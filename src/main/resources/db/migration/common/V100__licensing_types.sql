-- The bureau's licence types (行政许可事项) as data — licensing, helper L.
-- Time limits are in working days (行政许可法 第八十二条); a single law's own "日" (环评法 第二十二条, 排污许可管理条例
-- 第十三条) is read as working days too, as the service guides of the ecology-environment departments publish them
-- (docs/licensing.md). materials: one per line, "名称|1 (required) or 0|示范文本说明".
create table licence_type (
    code varchar(32) primary key,
    name varchar(200) not null,
    category varchar(8) not null,
    legal_basis varchar(2000) not null,
    conditions varchar(4000) not null,
    materials varchar(8000) not null,
    acceptance_days integer not null,
    decision_days integer not null,
    extension_allowed boolean not null,
    certificate_name varchar(200) not null,
    validity_years integer,
    sort_order integer not null,
    constraint ck_licence_type_category check (category in ('普通', '特许', '认可', '核准', '登记', '其他'))
);

insert into licence_type values ('EIA_REPORT', '建设项目环境影响评价文件审批（环境影响报告书）', '普通',
    '《中华人民共和国环境影响评价法》第十六条、第二十二条；《建设项目环境保护管理条例》第九条',
    '建设项目符合环境保护法律法规和相关法定规划；环境影响报告书编制规范，结论明确可信；采取的污染防治措施能确保污染物排放达到国家和地方排放标准',
    '建设项目环境影响报告书审批申请书|1|按本机关示范文本填写，加盖建设单位公章
建设项目环境影响报告书（全本）|1|由具备能力的技术单位编制，附编制单位和编制人员承诺
公众参与说明|1|按《环境影响评价公众参与办法》编制
删除涉及国家秘密和商业秘密内容的说明|0|无此类内容的可不提交', 5, 60, false,
    '建设项目环境影响报告书批复', 5, 10);
insert into licence_type values ('EIA_FORM', '建设项目环境影响评价文件审批（环境影响报告表）', '普通',
    '《中华人民共和国环境影响评价法》第十六条、第二十二条；《建设项目环境保护管理条例》第九条',
    '建设项目符合环境保护法律法规和相关法定规划；环境影响报告表编制规范；污染防治措施可行',
    '建设项目环境影响报告表审批申请书|1|按本机关示范文本填写，加盖建设单位公章
建设项目环境影响报告表（全本）|1|由具备能力的技术单位编制
删除涉及国家秘密和商业秘密内容的说明|0|无此类内容的可不提交', 5, 30, false,
    '建设项目环境影响报告表批复', 5, 20);
insert into licence_type values ('DISCHARGE_KEY', '排污许可证核发（重点管理）', '普通',
    '《排污许可管理条例》第二条、第十一条、第十三条、第十四条',
    '依法取得建设项目环境影响评价文件审批意见或者按照规定取得备案；污染物排放符合污染物排放标准要求、重点污染物排放总量控制要求；采用污染防治设施可以达到许可排放浓度要求；自行监测方案符合规定',
    '排污许可证申请表|1|通过全国排污许可证管理信息平台填报后打印，加盖公章
自行监测方案|1|按排污单位自行监测技术指南编制
守法承诺书|1|按本机关示范文本，法定代表人签字
排污口和监测孔规范化设置情况说明|1|附照片
环境影响评价审批文件或者备案文件|1|复印件加盖公章', 5, 20, false,
    '排污许可证', 5, 30);
insert into licence_type values ('DISCHARGE_SIMPLE', '排污许可证核发（简化管理）', '普通',
    '《排污许可管理条例》第二条、第十一条、第十三条、第十四条',
    '依法取得建设项目环境影响评价文件审批意见或者按照规定取得备案；污染物排放符合污染物排放标准要求；自行监测方案符合规定',
    '排污许可证申请表|1|通过全国排污许可证管理信息平台填报后打印，加盖公章
守法承诺书|1|按本机关示范文本，法定代表人签字
环境影响评价审批文件或者备案文件|1|复印件加盖公章', 5, 20, false,
    '排污许可证', 5, 40);
insert into licence_type values ('HAZWASTE', '危险废物经营许可证核发', '普通',
    '《中华人民共和国固体废物污染环境防治法》第八十条；《危险废物经营许可证管理办法》第五条、第十一条',
    '有符合规定的技术人员；有符合规定的运输工具；有符合国家或者地方环境保护标准和安全要求的包装工具、贮存设施和设备；有符合规定的处置设施、设备和配套的污染防治设施；有保证危险废物经营安全的规章制度、污染防治措施和事故应急救援措施',
    '危险废物经营许可证申请书|1|按本机关示范文本填写
法定代表人身份证明|1|复印件
技术人员的职称证明和培训证明|1|复印件加盖公章
危险废物处置设施的环境影响评价文件及批复|1|复印件加盖公章
经营安全的规章制度、污染防治措施和事故应急救援措施|1|装订成册', 5, 20, true,
    '危险废物经营许可证', 5, 50);
