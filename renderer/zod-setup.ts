import { config } from 'zod';

// The app's content security policy forbids eval, which zod would otherwise
// probe for (new Function) to speed up parsing. Imported first by main.tsx.
config({ jitless: true });
