// The bundled example plans, transcribed from the signed originals.
import type { ExamplePlan } from './example-plan';
import { thongNhat4888 } from './thong-nhat-4888';
import { caoMinh2026 } from './cao-minh-2026';

export const examplePlans: ExamplePlan[] = [thongNhat4888, caoMinh2026];
