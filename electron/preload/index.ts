import { contextBridge } from 'electron';
contextBridge.exposeInMainWorld('readinessRoom', {});
