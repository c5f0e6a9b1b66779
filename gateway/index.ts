// `npm start`: the whole graph on embedded defaults.
import { runProcess } from '../lib/process.js';
import { startApp } from './app.js';

await runProcess(startApp);
