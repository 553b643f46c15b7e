import type { ParkData } from '../../schemas/park.ts';
import { adjustmentYears, districts, factStatuses } from '../../schemas/park.ts';
import type { Table } from './table.ts';

/** A park as exported: its data and the address of its page. */
export interface ParkRow {
  id: string;
  data: ParkData;
  url: string;
}

const statusText = 'verified（已核实：官方文件、主流媒体或官方宣传册载明）、inferred（推断，理由见本站园区页）或unknown（不详：没有来源给出）';

/** The parks (园区) table: one row per park of 一区22园, by district. */
export const parkTable: Table<ParkRow> = {
  name: 'parks',
  title: '园区',
  description: '每行一个分园，按所在区排列。位置是示意点，不是园区边界。',
  primaryKey: 'id',
  columns: [
    { name: 'id', type: 'string', required: true, title: '标识', description: '园区的唯一标识，也是它在本站的网址末段。', value: (r) => r.id },
    { name: 'name', type: 'string', required: true, title: '名称', description: '园区在示范区名单中的名称。', value: (r) => r.data.name },
    { name: 'district', type: 'string', required: true, values: districts, title: '所在区', description: '园区（主体部分）所在的上海市辖区。', value: (r) => r.data.district },
    { name: 'member_status', type: 'string', required: true, values: ['verified', 'inferred'], title: '“22园”成员的可信度', description: '此园属于“一区22园”这一点的可信度：verified（已核实：官方文件、主流媒体或官方宣传册载明）或inferred（推断，理由见本站园区页）。', value: (r) => r.data.member.status },
    { name: 'joined_year', type: 'integer', values: adjustmentYears, title: '纳入年份', description: '园区随哪一年的空间调整纳入示范区（2011、2012、2014或2020）；空为不详。', value: (r) => r.data.joined.year },
    { name: 'joined_before_2011', type: 'boolean', required: true, title: '2011年前已在高新区', description: 'true表示2011年示范区获批前已属上海张江高新区。', value: (r) => r.data.joined.before2011 },
    { name: 'joined_status', type: 'string', required: true, values: factStatuses, title: '纳入年份的可信度', description: `${statusText}。`, value: (r) => r.data.joined.status },
    { name: 'area_km2', type: 'number', title: '面积', description: '规划面积，单位平方公里；空为来源未载。', value: (r) => r.data.area.km2 },
    { name: 'area_status', type: 'string', required: true, values: factStatuses, title: '面积的可信度', description: `${statusText}。`, value: (r) => r.data.area.status },
    { name: 'industries', type: 'list', title: '主要产业', description: '来源所述的主导产业，可有多个或没有。', value: (r) => r.data.industries },
    { name: 'anchors', type: 'list', title: '代表机构', description: '来源点名的园内机构、企业或分区，可有多个或没有。', value: (r) => r.data.anchors },
    { name: 'lon', type: 'number', required: true, title: '经度', description: '示意位置的经度（GCJ-02，与本站地图一致），不是边界，也不是园区中心的测量值。', value: (r) => r.data.location.lon },
    { name: 'lat', type: 'number', required: true, title: '纬度', description: '示意位置的纬度（GCJ-02）。', value: (r) => r.data.location.lat },
    { name: 'datum', type: 'string', required: true, values: ['GCJ-02'], title: '坐标系', description: 'lon、lat所用的坐标系，一律为GCJ-02（国测局坐标，高德等国内地图所用）；GeoJSON文件的几何坐标已换算为WGS 84。', value: (r) => r.data.location.datum },
    { name: 'location_basis', type: 'string', required: true, title: '示意点依据', description: '示意点代表什么，如园区所在的镇、道路或开发区。', value: (r) => r.data.location.basis },
    { name: 'description', type: 'string', required: true, title: '简介', description: '本站撰写的简介。', value: (r) => r.data.description },
    { name: 'source_urls', type: 'list', title: '来源网址', description: '所据公开网页的网址；来源文件与无网址的文献不列入，见本站园区页。', value: (r) => r.data.sources.flatMap((s) => (s.url ? [s.url] : [])) },
    { name: 'url', type: 'string', required: true, title: '网址', description: '园区在本站的页面。', value: (r) => r.url },
  ],
};
