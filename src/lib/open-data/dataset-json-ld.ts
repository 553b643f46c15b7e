import { SITE_AUTHOR } from '../citation.ts';
import { dataLicence } from './licence.ts';

/** schema.org Dataset for /data/: what it covers, its licence, and one DataDownload per file. */
export function datasetJsonLd(d: { name: string; description: string; url: string; home: string; updated: string; files: { name: string; url: string; mediaType: string }[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: 'zh-CN',
    license: dataLicence.path,
    isAccessibleForFree: true,
    dateModified: d.updated,
    creator: { '@type': 'Organization', name: SITE_AUTHOR, url: d.home },
    publisher: { '@type': 'Organization', name: SITE_AUTHOR, url: d.home },
    keywords: ['张江国家自主创新示范区', '一区22园', '上海', '科技创新', '大事记'],
    temporalCoverage: '2011/2020',
    spatialCoverage: { '@type': 'Place', name: '上海市', address: { '@type': 'PostalAddress', addressRegion: '上海', addressCountry: 'CN' } },
    distribution: d.files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.mediaType })),
  };
}
