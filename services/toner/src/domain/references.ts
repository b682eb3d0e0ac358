/** An account as toner knows it: a reference identity resolves (global id). */
export interface AccountRef {
  id: string;
}

/** A device as toner knows it: a reference the devices subgraph resolves (global id). */
export interface DeviceRef {
  id: string;
}
