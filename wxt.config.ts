import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Care Coach',
    description: 'Write to prospects with care: flags pressure language, offers kinder words and questions that show you care. Runs offline.',
  },
});
