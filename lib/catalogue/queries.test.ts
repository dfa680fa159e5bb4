import { createQueries } from '../index/queries';
import { FIXTURE_INDEX } from '../index/fixture';
import { memoryReader } from '../index/memory-reader';
import { fixtureCatalogue } from './fixture';
import { catalogueSuite } from './queries-suite';

catalogueSuite('the fixture in memory', async () => createQueries(memoryReader(FIXTURE_INDEX), fixtureCatalogue()));
