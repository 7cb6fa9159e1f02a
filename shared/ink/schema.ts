import { z } from 'zod';
import { INK_LIMITS, surfaceOf } from './limits';
import { INK_COLOUR_IDS, INK_TOOLS, WIDTH_BOUNDS, pointCount, type InkDrawings } from './stroke';

/**
 * The drawings as main accepts them (inside a consultation): bounded in
 * every direction, points whole numbers inside their view's surface.
 */
const coordinate = z.number().int().nonnegative();

export const InkStrokeSchema = z.strictObject({
  id: z.string().min(1).max(INK_LIMITS.strokeId),
  tool: z.enum(INK_TOOLS),
  colour: z.enum(INK_COLOUR_IDS),
  width: z.number().min(WIDTH_BOUNDS.min).max(WIDTH_BOUNDS.max),
  points: z
    .array(coordinate)
    .min(2)
    .max(INK_LIMITS.pointsPerStroke * 2)
    .refine((points) => points.length % 2 === 0, 'must be x, y pairs'),
});

export const InkViewSchema = z
  .strictObject({
    view: z.string().min(1).max(INK_LIMITS.viewId),
    strokes: z.array(InkStrokeSchema).max(INK_LIMITS.strokesPerView),
  })
  .superRefine((entry, context) => {
    const surface = surfaceOf(entry.view);
    const outside = entry.strokes.findIndex((stroke) => stroke.points.some((value, i) => value > (i % 2 === 0 ? surface.width : surface.height)));
    if (outside >= 0) context.addIssue({ code: 'custom', path: ['strokes', outside, 'points'], message: 'must lie inside the drawing surface' });
  });

export const InkDrawingsSchema = z
  .array(InkViewSchema)
  .max(INK_LIMITS.views)
  .superRefine((views, context) => {
    if (new Set(views.map((v) => v.view)).size !== views.length) context.addIssue({ code: 'custom', message: 'each view appears once' });
    if (pointCount(views as InkDrawings) > INK_LIMITS.totalPoints) context.addIssue({ code: 'custom', message: `at most ${INK_LIMITS.totalPoints} points in all` });
  });
