import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// BASE lets the same build live at a sub-path (BASE=/aid/ npm run build); see README.
export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [react()],
  build: { target: 'es2022' },
});
