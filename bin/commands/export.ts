import fs from 'node:fs';
import path from 'node:path';
import { computeReport } from '../../lib/engine';
import { parseExportOptions, PNG_SCALES } from '../../lib/export/export-options';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, EXPORT_VIEWS } from '../../lib/export/formats';
import type { ClusterMap } from '../../lib/map/types';
import { readMap } from '../../lib/map/ydoc';
import { CheckpointService } from '../../server/checkpoints/checkpoint-service';
import { makeExport } from '../../server/render/make-export';
import { renderExport } from '../../server/render/render-export';
import { comparisonWith, participantsOf } from '../../server/report/report-inputs';
import { scenarioOfDoc } from '../../server/compare/compare-deps';
import { resolveSource, type SourceDeps } from '../../server/report/report-source';
import { openStore } from '../../server/store/open-store';
import { WorkshopService } from '../../server/workshops/workshop-service';
import { dataDirOf, guarded, parse, UsageError } from '../args';
import { EXIT, type CliIo } from '../io';

export const summary = 'Export a workshop’s map: JSON, CSV, GraphML, GEXF, a picture (SVG, PNG) or the PDF report';

export const usage = `Usage: clustercanvas export <workshop-id> [--format FORMAT] [--view VIEW] [--scale N]
       [--lang en|zh-CN] [--checkpoint ID | --live] [--agreed] [--compare ID] [-o FILE] [--data-dir DIR]

Reads the workshop straight from the store and exports its map. Safe while the server runs: the server
stores every update before it acknowledges it, so the export includes every saved edit. The CSV,
GraphML and GEXF files carry the engine's measures beside what was mapped, and every format that can
carry it the discussion: each element's agreement status, the facilitator's decisions, the comments.
The data files are of the live map unless asked otherwise; the PDF report is of the latest "agreed"
checkpoint (Finish agreement) when there is one, else of the live map.

Formats:
${EXPORT_FORMAT_NAMES.map((f) => `  ${f.padEnd(12)} ${EXPORT_FORMATS[f].label}`).join('\n')}

Options:
  --format FORMAT   One of the formats above (default: json, a clustercanvas.map v1 document).
  --view VIEW       svg, png: ${EXPORT_VIEWS.join(' or ')} (default: network).
  --scale N         png: ${PNG_SCALES.join(', ')} pixels per map unit (default: 1).
  --embed           svg: embed the subset of the font it uses.
  --transparent     svg, png: no background.
  --lang L          pdf, svg, png: words and actor names in L, en (default) or zh-CN.
  --checkpoint ID   Export that checkpoint (see: clustercanvas checkpoints <workshop-id>).
  --live            pdf: the live map, even after a finished agreement.
  --agreed          Only the agreed actors and ties.
  --compare ID      pdf: add a comparison with that checkpoint, or with scenario:<id> (what it would change).
  -o, --out FILE    Write to FILE instead of standard output (png and pdf need it on a terminal).
  --data-dir DIR    The server's data directory (default: $DATA_DIR or ./data).
  -h, --help        Show this help.
`;

const readOnly = () => Promise.reject(new Error('the export command only reads the store'));

export async function run(args: string[], io: CliIo): Promise<number> {
  return guarded(args, io, usage, async () => {
    const { values, positionals } = parse(args, {
      format: { type: 'string', default: 'json' },
      view: { type: 'string' },
      scale: { type: 'string' },
      embed: { type: 'boolean' },
      transparent: { type: 'boolean' },
      lang: { type: 'string' },
      checkpoint: { type: 'string' },
      live: { type: 'boolean' },
      agreed: { type: 'boolean' },
      compare: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'data-dir': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one workshop id');
    const parsed = parseExportOptions({ format: values.format, view: values.view, scale: values.scale, embed: values.embed, transparent: values.transparent, lang: values.lang });
    if (!parsed.ok) {
      const unknownFormat = parsed.details.find((d) => d.param === 'format');
      throw new UsageError(unknownFormat ? `unknown format "${values.format}" (one of: ${EXPORT_FORMAT_NAMES.join(', ')})` : parsed.details.map((d) => d.message).join('; '));
    }
    const { format } = parsed.options;
    if (values.live && values.checkpoint) throw new UsageError('--live and --checkpoint ask for different maps: give one');
    if (values.compare && format !== 'pdf') throw new UsageError('--compare adds a section to the PDF report: use it with --format pdf');
    const binary = format === 'png' || format === 'pdf';
    if (binary && !values.out && io.stdout.isTTY) {
      throw new UsageError(`a ${format.toUpperCase()} file is binary: write it to a file with -o FILE, or pipe the output`);
    }
    const [id] = positionals;
    const dataDir = dataDirOf(values['data-dir'], io);

    const store = await openStore({ dataDir });
    let body: string | Uint8Array;
    try {
      const workshops = new WorkshopService(store);
      if (!(await store.getWorkshop(id))) {
        io.stderr.write(`error: no workshop "${id}" in ${dataDir}\n`);
        return EXIT.failed;
      }
      const reportOfMap = async (map: ClusterMap) => computeReport(map);
      const deps: SourceDeps = {
        // Read only: the CLI never saves or restores a checkpoint, so the live-room half is never called.
        checkpoints: new CheckpointService(store, { getRoomDoc: readOnly, applyToRoom: readOnly }),
        liveDoc: async () => {
          const doc = (await workshops.loadDoc(id))!;
          for (const issue of readMap(doc).issues) io.stderr.write(`warning: ${issue.path}: ${issue.message}\n`);
          return doc;
        },
        reportOfMap,
        reportOfDoc: async (_id, doc) => computeReport(readMap(doc).map),
      };
      const { map, wholeMap, discussion, source, report } = await resolveSource(deps, id, {
        checkpoint: values.checkpoint,
        agreed: values.agreed,
        preferAgreedCheckpoint: format === 'pdf' && !values.live,
      });
      const comparison = values.compare ? await comparisonWith({ ...deps, scenario: scenarioOfDoc }, id, values.compare, { map, report: await report() }) : undefined;
      body = (await makeExport(map, parsed.options, { report, render: renderExport, participants: participantsOf(discussion), discussion, wholeMap, source, comparison })).body;
    } finally {
      await store.close();
    }

    if (values.out) {
      const out = path.resolve(io.cwd, values.out);
      // Write beside the target and rename, so an interrupted export never leaves half a file.
      const tmp = `${out}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, body);
      fs.renameSync(tmp, out);
      io.stderr.write(`wrote ${out}\n`);
    } else {
      io.stdout.write(body);
    }
    return EXIT.ok;
  });
}
