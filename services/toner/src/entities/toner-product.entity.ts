import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TonerColour } from '@portal/event-contracts';

/** The toner catalogue as the device events report it (devices owns it). */
@Entity('toner_product')
export class TonerProduct {
  @PrimaryColumn({ type: 'text' })
  sku: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  colour: TonerColour;
}
