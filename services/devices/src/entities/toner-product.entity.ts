import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TonerColour = 'BLACK' | 'CYAN' | 'MAGENTA' | 'YELLOW';

@Entity('toner_product')
export class TonerProduct {
  @PrimaryColumn({ type: 'text' })
  sku: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  colour: TonerColour;
}
